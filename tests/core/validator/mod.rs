//! One test per validator rule: a bad example, and the path and message it gets.

mod assets;
mod content;
mod folders;
mod quizzes;
mod reading;
mod translations;
