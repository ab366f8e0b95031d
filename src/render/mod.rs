//! `render`'s two halves below the command: the templates (`template`: minijinja over a
//! config snapshot, the keys a template reads found by rendering it) and the files
//! (`install`: staged beside DEST, checked, renamed into place).

pub mod install;
pub mod template;
