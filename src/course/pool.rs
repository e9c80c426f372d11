//! Questions about a quiz's pool asked by the engine, the validator and the GUI.

use super::model::{Question, Quiz};

impl Quiz {
    /// How many questions each attempt asks: the questions outside groups plus
    /// each group's draw (a draw beyond a group's size counts its size), or
    /// `draw` of the whole pool.
    pub fn asked_count(&self) -> usize {
        let pool = self.questions.len();
        if self.groups.is_empty() {
            return self.draw.map_or(pool, |draw| (draw as usize).min(pool));
        }
        let always = self.questions.iter().filter(|q| q.group.is_none()).count();
        let drawn: usize = self
            .groups
            .iter()
            .map(|group| (group.draw as usize).min(self.group_size(&group.id)))
            .sum();
        always + drawn
    }

    /// How many questions of the pool belong to the group `id`.
    pub fn group_size(&self, id: &str) -> usize {
        self.questions
            .iter()
            .filter(|question| question.group.as_deref() == Some(id))
            .count()
    }
}

impl Question {
    /// The text of a matching question's right-hand item `id`: a pair's right
    /// side or a distractor.
    pub fn right_item(&self, id: &str) -> Option<&str> {
        self.pairs
            .iter()
            .flatten()
            .find(|pair| pair.id == id)
            .map(|pair| pair.right.as_str())
            .or_else(|| {
                self.distractors
                    .iter()
                    .find(|distractor| distractor.id == id)
                    .map(|distractor| distractor.text.as_str())
            })
    }
}
