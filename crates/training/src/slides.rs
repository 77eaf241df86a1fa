//! The presenter's slides for one exercise, one step at a time: the story,
//! the question, then for each question its answer and each rule step,
//! then the lesson.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Story,
    Question,
    Answer {
        question: usize,
    },
    /// One rule step of a question's explanation (for a commune table, one
    /// planted mistake).
    Rule {
        question: usize,
        step: usize,
    },
    Lesson,
}

/// `steps[i]` is how many rule steps question `i` explains.
pub fn slides(steps: &[usize]) -> Vec<Slide> {
    let mut all = vec![Slide::Story, Slide::Question];
    for (question, &count) in steps.iter().enumerate() {
        all.push(Slide::Answer { question });
        all.extend((0..count).map(|step| Slide::Rule { question, step }));
    }
    all.push(Slide::Lesson);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_first_lesson_last_each_rule_step_in_between() {
        assert_eq!(
            slides(&[2, 1]),
            vec![
                Slide::Story,
                Slide::Question,
                Slide::Answer { question: 0 },
                Slide::Rule { question: 0, step: 0 },
                Slide::Rule { question: 0, step: 1 },
                Slide::Answer { question: 1 },
                Slide::Rule { question: 1, step: 0 },
                Slide::Lesson,
            ]
        );
        assert_eq!(
            slides(&[0]),
            vec![
                Slide::Story,
                Slide::Question,
                Slide::Answer { question: 0 },
                Slide::Lesson
            ]
        );
    }
}
