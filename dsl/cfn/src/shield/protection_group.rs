// @generated from AWS::Shield::ProtectionGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Shield::ProtectionGroup` and its property types.

/// A grouping of protected resources so they can be handled as a collective.
///
/// CloudFormation type `AWS::Shield::ProtectionGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectionGroup {
    props: ::forma_core::schema::Props,
}
impl ProtectionGroup {
    /// A new resource with its required properties: `Aggregation`, `Pattern`, `ProtectionGroupId`.
    #[track_caller]
    pub fn new(
        aggregation: impl ::forma_core::schema::EnumArg<Aggregation>,
        pattern: impl ::forma_core::schema::EnumArg<Pattern>,
        protection_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aggregation.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, pattern.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, protection_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Names (ARNs) of the resources to include in the protection group.
    #[track_caller]
    pub fn members(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource type to include in the protection group.
    #[track_caller]
    pub fn resource_type(mut self, value: impl ::forma_core::schema::EnumArg<ResourceType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tag key-value pairs for the Protection object.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProtectionGroup {
    type Attributes = ProtectionGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Shield::ProtectionGroup"
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
/// The attributes of a `AWS::Shield::ProtectionGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProtectionGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProtectionGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProtectionGroupAttributes {
    /// `Fn::GetAtt` `ProtectionGroupArn`.
    pub fn protection_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProtectionGroupArn")
    }
}

/// The values CloudFormation documents: `SUM`, `MEAN`, `MAX`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Aggregation {
    /// `SUM`
    Sum,
    /// `MEAN`
    Mean,
    /// `MAX`
    Max,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Aggregation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sum => "SUM",
            Self::Mean => "MEAN",
            Self::Max => "MAX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUM", "MEAN", "MAX"]
    }
}
impl ::std::convert::From<Aggregation> for ::forma_core::Value<Aggregation> {
    fn from(v: Aggregation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Aggregation {}

/// The values CloudFormation documents: `ALL`, `ARBITRARY`, `BY_RESOURCE_TYPE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pattern {
    /// `ALL`
    All,
    /// `ARBITRARY`
    Arbitrary,
    /// `BY_RESOURCE_TYPE`
    ByResourceType,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Pattern {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Arbitrary => "ARBITRARY",
            Self::ByResourceType => "BY_RESOURCE_TYPE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ARBITRARY", "BY_RESOURCE_TYPE"]
    }
}
impl ::std::convert::From<Pattern> for ::forma_core::Value<Pattern> {
    fn from(v: Pattern) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Pattern {}

/// The values CloudFormation documents: `CLOUDFRONT_DISTRIBUTION`, `ROUTE_53_HOSTED_ZONE`, `ELASTIC_IP_ALLOCATION`, `CLASSIC_LOAD_BALANCER`, `APPLICATION_LOAD_BALANCER`, `GLOBAL_ACCELERATOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `CLOUDFRONT_DISTRIBUTION`
    CloudfrontDistribution,
    /// `ROUTE_53_HOSTED_ZONE`
    Route53HostedZone,
    /// `ELASTIC_IP_ALLOCATION`
    ElasticIpAllocation,
    /// `CLASSIC_LOAD_BALANCER`
    ClassicLoadBalancer,
    /// `APPLICATION_LOAD_BALANCER`
    ApplicationLoadBalancer,
    /// `GLOBAL_ACCELERATOR`
    GlobalAccelerator,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudfrontDistribution => "CLOUDFRONT_DISTRIBUTION",
            Self::Route53HostedZone => "ROUTE_53_HOSTED_ZONE",
            Self::ElasticIpAllocation => "ELASTIC_IP_ALLOCATION",
            Self::ClassicLoadBalancer => "CLASSIC_LOAD_BALANCER",
            Self::ApplicationLoadBalancer => "APPLICATION_LOAD_BALANCER",
            Self::GlobalAccelerator => "GLOBAL_ACCELERATOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CLOUDFRONT_DISTRIBUTION",
            "ROUTE_53_HOSTED_ZONE",
            "ELASTIC_IP_ALLOCATION",
            "CLASSIC_LOAD_BALANCER",
            "APPLICATION_LOAD_BALANCER",
            "GLOBAL_ACCELERATOR",
        ]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// A tag associated with an AWS resource.
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

/// The schema of `AWS::Shield::ProtectionGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Shield::ProtectionGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Aggregation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SUM", "MEAN", "MAX"]),
        },
        ::forma_core::schema::Property {
            name: "Members",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:aws"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Pattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ARBITRARY", "BY_RESOURCE_TYPE"]),
        },
        ::forma_core::schema::Property {
            name: "ProtectionGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9\\-]*"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CLOUDFRONT_DISTRIBUTION",
                "ROUTE_53_HOSTED_ZONE",
                "ELASTIC_IP_ALLOCATION",
                "CLASSIC_LOAD_BALANCER",
                "APPLICATION_LOAD_BALANCER",
                "GLOBAL_ACCELERATOR",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ProtectionGroupArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Shield::ProtectionGroup.Tag",
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
