//! Page arithmetic shared by the paginated surfaces.

/// A validated request for one page: zero-based `page`, `size` items per page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u64,
    pub size: u64,
}

impl PageRequest {
    /// Rows to skip before this page.
    pub fn offset(&self) -> u64 {
        self.page.saturating_mul(self.size)
    }

    /// How many pages `total` items fill (at least 0; a partial page counts).
    pub fn total_pages(&self, total: u64) -> u64 {
        if self.size == 0 {
            0
        } else {
            total.div_ceil(self.size)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PageRequest;

    #[test]
    fn pages_round_up() {
        let p = PageRequest { page: 2, size: 10 };
        assert_eq!(p.offset(), 20);
        assert_eq!(p.total_pages(21), 3);
        assert_eq!(p.total_pages(20), 2);
        assert_eq!(p.total_pages(0), 0);
    }
}
