//! Unit tests of the claim stage on sentences written for them.

use super::*;
