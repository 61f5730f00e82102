//! Whether the actions answer the cause (R013), and whether the
//! verification can show that they worked (R014), read from the same
//! vocabulary and action tiers as R001 and R002.

use super::{Phrases, Tier, normalise};

impl Phrases {
    /// Whether an action names an accountable owner.
    pub fn names_owner(&self, action: &str) -> bool {
        self.names_owner.is_match(&normalise(action))
    }

    /// Whether an action is a management decision about resources.
    pub fn decides_resources(&self, action: &str) -> bool {
        self.resource_decision.is_match(&normalise(action))
    }

    /// Whether an action trains, briefs or coaches people.
    pub fn trains(&self, action: &str) -> bool {
        self.training.is_match(&normalise(action))
    }

    /// The words of a verification method that only show the action exists
    /// (attendance, "the procedure was published"), when nothing in it looks
    /// at what happens since.
    pub fn existence_only(&self, method: &str) -> Option<Vec<String>> {
        let text = normalise(method);
        if self.verification_outcome.is_match(&text) {
            return None;
        }
        let words: Vec<String> = self
            .verification_existence
            .find_iter(&text)
            .map(|m| m.as_str().to_string())
            .collect();
        (!words.is_empty()).then_some(words)
    }

    /// Whether an action is a control that runs by itself.
    pub fn automated(&self, action: &str) -> bool {
        matches!(self.rank(action).tier, Some(Tier::Detect | Tier::Eliminate))
    }
}
