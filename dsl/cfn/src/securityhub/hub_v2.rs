// @generated from AWS::SecurityHub::HubV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::HubV2` and its property types.

/// The AWS::SecurityHub::HubV2 resource represents the implementation of the AWS Security Hub V2 service in your account.
///
/// CloudFormation type `AWS::SecurityHub::HubV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct HubV2 {
    props: ::forma_core::schema::Props,
}
impl HubV2 {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for the Network Scanning opt-in feature of Security Hub V2.
    #[track_caller]
    pub fn network_scanning(mut self, value: impl ::std::convert::Into<::forma_core::Value<NetworkScanning>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with the Security Hub V2 resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for HubV2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for HubV2 {
    type Attributes = HubV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::HubV2"
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
/// The attributes of a `AWS::SecurityHub::HubV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HubV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HubV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HubV2Attributes {
    /// `Fn::GetAtt` `HubV2Arn`.
    pub fn hub_v2_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HubV2Arn")
    }
    /// `Fn::GetAtt` `SubscribedAt`.
    pub fn subscribed_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscribedAt")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Configuration for the Network Scanning opt-in feature of Security Hub V2.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkScanning {
    props: ::forma_core::schema::Props,
}
impl NetworkScanning {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<NetworkScanning> for ::forma_core::Value<NetworkScanning> {
    fn from(v: NetworkScanning) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_SCANNING_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::HubV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::HubV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkScanning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_SCANNING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["HubV2Arn", "SubscribedAt"],
};

static NETWORK_SCANNING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::HubV2.NetworkScanning",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};
