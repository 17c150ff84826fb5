// @generated from AWS::VpcLattice::AccessLogSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::AccessLogSubscription` and its property types.

/// Enables access logs to be sent to Amazon CloudWatch, Amazon S3, and Amazon Kinesis Data Firehose.
///
/// CloudFormation type `AWS::VpcLattice::AccessLogSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLogSubscription {
    props: ::forma_core::schema::Props,
}
impl AccessLogSubscription {
    /// A new resource with its required properties: `DestinationArn`.
    #[track_caller]
    pub fn new(destination_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ResourceIdentifier`.
    ///
    /// Allowed: length 17 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceNetworkLogType`.
    #[track_caller]
    pub fn service_network_log_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ServiceNetworkLogType>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessLogSubscription {
    type Attributes = AccessLogSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::AccessLogSubscription"
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
/// The attributes of a `AWS::VpcLattice::AccessLogSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessLogSubscriptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessLogSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessLogSubscriptionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ResourceArn`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceArn")
    }
    /// `Fn::GetAtt` `ResourceId`.
    pub fn resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceId")
    }
}

/// The values CloudFormation documents: `SERVICE`, `RESOURCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNetworkLogType {
    /// `SERVICE`
    Service,
    /// `RESOURCE`
    Resource,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNetworkLogType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "SERVICE",
            Self::Resource => "RESOURCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE", "RESOURCE"]
    }
}
impl ::std::convert::From<ServiceNetworkLogType> for ::forma_core::Value<ServiceNetworkLogType> {
    fn from(v: ServiceNetworkLogType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNetworkLogType {}

/// The `Tag` property type of `AWS::VpcLattice::AccessLogSubscription`.
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

/// The schema of `AWS::VpcLattice::AccessLogSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::AccessLogSubscription",
properties: &[
::forma_core::schema::Property { name: "DestinationArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ResourceIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((((sn)|(svc)|(rcfg))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(resourceconfiguration/rcfg)|(service/svc))-[0-9a-z]{17}))$"), min_length: Some(17), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ServiceNetworkLogType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SERVICE", "RESOURCE"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["Arn", "Id", "ResourceArn", "ResourceId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::AccessLogSubscription.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
