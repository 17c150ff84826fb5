//! IPv4 CIDR blocks: parsing and carving subnets out of a VPC's range at synth time.

/// An IPv4 block, `10.0.0.0/16`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cidr {
    base: u32,
    prefix: u8,
}

impl Cidr {
    /// Reads `a.b.c.d/n`; the address must be the block's first.
    pub(crate) fn parse(s: &str) -> Result<Cidr, String> {
        let (addr, prefix) = s.split_once('/').ok_or_else(|| format!("{s:?} is not a.b.c.d/n"))?;
        let prefix: u8 =
            prefix.parse().ok().filter(|p| *p <= 32).ok_or_else(|| format!("{s:?} has no prefix length 0 to 32"))?;
        let octets: Vec<u8> = addr
            .split('.')
            .map(|o| o.parse::<u8>())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("{s:?} is not a.b.c.d/n"))?;
        let [a, b, c, d] = octets[..] else { return Err(format!("{s:?} is not a.b.c.d/n")) };
        let base = u32::from_be_bytes([a, b, c, d]);
        let cidr = Cidr { base, prefix };
        if base & !cidr.mask() != 0 {
            return Err(format!(
                "{s:?} does not start its block (the block is {})",
                Cidr { base: base & cidr.mask(), prefix }
            ));
        }
        Ok(cidr)
    }

    pub(crate) fn prefix(self) -> u8 {
        self.prefix
    }

    fn mask(self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - u32::from(self.prefix))
        }
    }

    fn size(self) -> u64 {
        1u64 << (32 - u32::from(self.prefix))
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [a, b, c, d] = self.base.to_be_bytes();
        write!(f, "{a}.{b}.{c}.{d}/{}", self.prefix)
    }
}

/// Hands out consecutive, aligned blocks of a range.
pub(crate) struct Carver {
    range: Cidr,
    next: u64,
}

impl Carver {
    pub(crate) fn new(range: Cidr) -> Self {
        Carver { range, next: u64::from(range.base) }
    }

    /// The next block of `prefix` inside the range, or `None` when it does not fit.
    pub(crate) fn next(&mut self, prefix: u8) -> Option<Cidr> {
        if prefix < self.range.prefix || prefix > 32 {
            return None;
        }
        let size = 1u64 << (32 - u32::from(prefix));
        let start = self.next.div_ceil(size) * size;
        let end = u64::from(self.range.base) + self.range.size();
        if start + size > end {
            return None;
        }
        self.next = start + size;
        Some(Cidr { base: u32::try_from(start).ok()?, prefix })
    }
}

#[cfg(test)]
mod tests {
    use super::{Carver, Cidr};

    #[test]
    fn blocks_are_carved_in_order_and_aligned() {
        let vpc = Cidr::parse("10.0.0.0/16").unwrap();
        let mut c = Carver::new(vpc);
        assert_eq!(c.next(24).unwrap().to_string(), "10.0.0.0/24");
        assert_eq!(c.next(24).unwrap().to_string(), "10.0.1.0/24");
        assert_eq!(c.next(20).unwrap().to_string(), "10.0.16.0/20", "aligned to its size");
        assert_eq!(c.next(17).unwrap().to_string(), "10.0.128.0/17");
        assert!(c.next(17).is_none(), "the range is full");
        assert!(Cidr::parse("10.0.0.1/16").is_err());
        assert!(Cidr::parse("10.0.0/16").is_err());
        assert!(Cidr::parse("10.0.0.0/33").is_err());
    }
}
