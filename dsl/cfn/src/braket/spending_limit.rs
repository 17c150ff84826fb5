// @generated from AWS::Braket::SpendingLimit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Braket::SpendingLimit` and its property types.

/// Creates a spending limit for a specified quantum device.
///
/// CloudFormation type `AWS::Braket::SpendingLimit`.
#[derive(Debug, Clone, PartialEq)]
pub struct SpendingLimit {
    props: ::forma_core::schema::Props,
}
impl SpendingLimit {
    /// A new resource with its required properties: `DeviceArn`, `SpendingLimit`.
    #[track_caller]
    pub fn new(
        device_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spending_limit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, device_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, spending_limit.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags to apply to the spending limit.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines a time range for spending limits, specifying when the limit is active.
    #[track_caller]
    pub fn time_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimePeriod>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SpendingLimit {
    type Attributes = SpendingLimitAttributes;
    fn type_name(&self) -> &str {
        "AWS::Braket::SpendingLimit"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Braket::SpendingLimit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SpendingLimitAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SpendingLimitAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SpendingLimitAttributes {
    /// `Fn::GetAtt` `SpendingLimitArn`.
    pub fn spending_limit_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SpendingLimitArn")
    }
    /// `Fn::GetAtt` `QueuedSpend`.
    pub fn queued_spend(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QueuedSpend")
    }
    /// `Fn::GetAtt` `TotalSpend`.
    pub fn total_spend(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TotalSpend")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Defines a time range for spending limits, specifying when the limit is active.
#[derive(Debug, Clone, PartialEq)]
pub struct TimePeriod {
    props: ::forma_core::schema::Props,
}
impl TimePeriod {
    /// A new value with its required properties: `EndAt`, `StartAt`.
    pub fn new(
        end_at: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start_at: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end_at.into().into_expr());
        props.set(1, start_at.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TimePeriod> for ::forma_core::Value<TimePeriod> {
    fn from(v: TimePeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIME_PERIOD_TYPE.properties))
    }
}

/// The schema of `AWS::Braket::SpendingLimit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Braket::SpendingLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SpendingLimit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+(\\.\\d{1,2})?$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimePeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TIME_PERIOD_TYPE),
        },
    ],
    rules: &[],
    attributes: &["SpendingLimitArn", "QueuedSpend", "TotalSpend", "CreatedAt", "UpdatedAt"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Braket::SpendingLimit.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TIME_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Braket::SpendingLimit.TimePeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndAt",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartAt",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
