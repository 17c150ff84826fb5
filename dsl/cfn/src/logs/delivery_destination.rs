// @generated from AWS::Logs::DeliveryDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::DeliveryDestination` and its property types.

/// This structure contains information about one delivery destination in your account.
///
/// CloudFormation type `AWS::Logs::DeliveryDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryDestination {
    props: ::forma_core::schema::Props,
}
impl DeliveryDestination {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a specified destination in this account.
    ///
    /// Allowed: length 1 to 51200.
    #[track_caller]
    pub fn delivery_destination_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationPolicy>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Kinesis Data Firehose, or XRay.
    ///
    /// Allowed: length 1 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn delivery_destination_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the Amazon Web Services destination that this delivery destination represents.
    ///
    /// Allowed: length 16 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The format of the logs that are sent to this delivery destination.
    ///
    /// Allowed: length 1 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn output_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that have been assigned to this delivery destination.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DeliveryDestination {
    type Attributes = DeliveryDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::DeliveryDestination"
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
/// The attributes of a `AWS::Logs::DeliveryDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeliveryDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeliveryDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeliveryDestinationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `DestinationPolicy` property type of `AWS::Logs::DeliveryDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationPolicy {
    props: ::forma_core::schema::Props,
}
impl DestinationPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the delivery destination to assign this policy to
    ///
    /// Allowed: length 1 to 60.
    pub fn delivery_destination_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The contents of the policy attached to the delivery destination
    pub fn delivery_destination_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationPolicy> for ::forma_core::Value<DestinationPolicy> {
    fn from(v: DestinationPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_POLICY_TYPE.properties))
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

/// The schema of `AWS::Logs::DeliveryDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::DeliveryDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryDestinationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeliveryDestinationType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z]+$"),
                min_length: Some(1),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationResourceArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w#+=/:,.@-]*\\*?"),
                min_length: Some(16),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w-]*$"),
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z]+$"),
                min_length: Some(1),
                max_length: Some(12),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static DESTINATION_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::DeliveryDestination.DestinationPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryDestinationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeliveryDestinationPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::DeliveryDestination.Tag",
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
