//! Schedule expressions: `rate(...)` and `cron(...)`, checked before CloudFormation sees them.

use std::time::Duration;

/// When a scheduled rule fires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Every so often, in whole minutes.
    Rate(Duration),
    /// A cron expression of six fields: minutes, hours, day of month, month, day of week,
    /// year (`0 12 * * ? *`: daily at noon UTC).
    Cron(String),
}

impl Schedule {
    /// Every `every`, a whole number of minutes (`rate(5 minutes)`).
    pub fn rate(every: Duration) -> Self {
        Schedule::Rate(every)
    }

    /// The cron expression `fields`, six of them (`0 12 * * ? *`: daily at noon UTC).
    pub fn cron(fields: impl Into<String>) -> Self {
        Schedule::Cron(fields.into())
    }

    /// Every hour.
    pub fn hourly() -> Self {
        Schedule::Rate(Duration::from_secs(3600))
    }

    /// Every day at `hour`:`minute` UTC.
    pub fn daily_at(hour: u8, minute: u8) -> Self {
        Schedule::Cron(format!("{minute} {hour} * * ? *"))
    }

    /// The expression as written, whether EventBridge would read it or not.
    pub(crate) fn text(&self) -> String {
        match self {
            Schedule::Rate(d) => rate(*d).unwrap_or_else(|_| format!("rate({d:?})")),
            Schedule::Cron(fields) => format!("cron({})", fields.trim()),
        }
    }

    /// The expression EventBridge reads, or why it would not.
    pub fn expression(&self) -> Result<String, String> {
        match self {
            Schedule::Rate(d) => rate(*d),
            Schedule::Cron(fields) => cron(fields).map(|()| format!("cron({})", fields.trim())),
        }
    }
}

fn rate(d: Duration) -> Result<String, String> {
    let secs = d.as_secs();
    if d.subsec_nanos() != 0 || secs == 0 || !secs.is_multiple_of(60) {
        return Err(format!("a rate of {d:?} is not a whole number of minutes (at least one)"));
    }
    let (n, unit) = match secs {
        s if s.is_multiple_of(86_400) => (s / 86_400, "day"),
        s if s.is_multiple_of(3600) => (s / 3600, "hour"),
        s => (s / 60, "minute"),
    };
    Ok(format!("rate({n} {unit}{})", if n == 1 { "" } else { "s" }))
}

/// Checks the six fields of an EventBridge cron expression.
fn cron(fields: &str) -> Result<(), String> {
    let parts: Vec<&str> = fields.split_whitespace().collect();
    if parts.len() != 6 {
        return Err(format!(
            "cron({fields}) has {} fields; EventBridge takes 6: minutes hours day-of-month month day-of-week year",
            parts.len()
        ));
    }
    let names = ["minutes", "hours", "day-of-month", "month", "day-of-week", "year"];
    let ranges = [(0, 59), (0, 23), (1, 31), (1, 12), (1, 7), (1970, 2199)];
    for (i, part) in parts.iter().enumerate() {
        field(part, i, ranges[i]).map_err(|why| format!("cron({fields}): the {} field {part:?} {why}", names[i]))?;
    }
    match (parts[2], parts[4]) {
        ("?", "?") => Err(format!("cron({fields}): only one of day-of-month and day-of-week may be ?")),
        ("?", _) | (_, "?") => Ok(()),
        _ => Err(format!("cron({fields}): one of day-of-month and day-of-week must be ? (they cannot both be given)")),
    }
}

fn field(part: &str, index: usize, (lo, hi): (u32, u32)) -> Result<(), String> {
    const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    if part == "*" || (part == "?" && (index == 2 || index == 4)) {
        return Ok(());
    }
    for item in part.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((r, s)) => (r, Some(s)),
            None => (item, None),
        };
        if let Some(s) = step {
            if s.parse::<u32>().map_or(true, |n| n == 0) {
                return Err(format!("has a step {s:?} that is not a positive number"));
            }
        }
        let value = |v: &str| -> Result<u32, String> {
            // `L` (last), `W` (weekday) and `#` (nth) belong to the day fields only.
            let v = match index {
                2 | 4 => {
                    let v = v.split('#').next().unwrap_or(v);
                    v.strip_suffix(['L', 'W'])
                        .filter(|r| r.is_empty() || r.bytes().all(|b| b.is_ascii_digit()))
                        .unwrap_or(v)
                }
                _ => v,
            };
            if let Some(i) = MONTHS.iter().position(|m| *m == v).filter(|_| index == 3) {
                return Ok(i as u32 + 1);
            }
            if let Some(i) = DAYS.iter().position(|d| *d == v).filter(|_| index == 4) {
                return Ok(i as u32 + 1);
            }
            match v.parse::<u32>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(n),
                Ok(n) => Err(format!("has {n}, outside {lo} to {hi}")),
                Err(_) if v.is_empty() && (index == 2 || index == 4) => Ok(lo),
                Err(_) => Err(format!("has {v:?}, which is not a number or name")),
            }
        };
        match range {
            "*" => {}
            r => match r.split_once('-') {
                Some((a, b)) => {
                    value(a)?;
                    value(b)?;
                }
                None => {
                    value(r)?;
                }
            },
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Schedule;
    use std::time::Duration;

    #[test]
    fn rates_are_whole_minutes_in_the_largest_unit() {
        assert_eq!(Schedule::hourly().expression().unwrap(), "rate(1 hour)");
        assert_eq!(Schedule::rate(Duration::from_secs(300)).expression().unwrap(), "rate(5 minutes)");
        assert_eq!(Schedule::rate(Duration::from_secs(2 * 86_400)).expression().unwrap(), "rate(2 days)");
        assert!(Schedule::rate(Duration::from_secs(90)).expression().is_err());
        assert!(Schedule::rate(Duration::ZERO).expression().is_err());
    }

    #[test]
    fn cron_expressions_are_checked_field_by_field() {
        for ok in ["0 12 * * ? *", "0/15 * ? * MON-FRI *", "0 8 1 JAN,JUL ? 2027", "0 18 ? * 6L *", "5 0 L * ? *"] {
            assert!(Schedule::cron(ok).expression().is_ok(), "{ok}: {:?}", Schedule::cron(ok).expression());
        }
        for bad in ["0 12 * * *", "0 25 * * ? *", "0 12 * * * *", "0 12 ? * ? *", "x 12 * * ? *", "0/0 * * * ? *"] {
            assert!(Schedule::cron(bad).expression().is_err(), "{bad}");
        }
        assert_eq!(Schedule::daily_at(7, 30).expression().unwrap(), "cron(30 7 * * ? *)");
    }
}
