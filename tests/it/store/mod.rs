//! The store beneath every product: migrations, and what holds across backends.

mod migrations;
