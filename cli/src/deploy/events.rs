//! Stack events: what CloudFormation reports of each resource while an operation runs.

/// One stack event.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub logical_id: String,
    pub resource_type: String,
    pub status: String,
    pub reason: Option<String>,
    pub token: Option<String>,
}

impl Event {
    pub fn is_stack(&self) -> bool {
        self.resource_type == "AWS::CloudFormation::Stack"
    }

    pub fn failed(&self) -> bool {
        self.status.ends_with("_FAILED")
    }
}
