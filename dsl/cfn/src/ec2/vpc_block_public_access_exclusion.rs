// @generated from AWS::EC2::VPCBlockPublicAccessExclusion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCBlockPublicAccessExclusion` and its property types.

/// Resource Type definition for AWS::EC2::VPCBlockPublicAccessExclusion.
///
/// CloudFormation type `AWS::EC2::VPCBlockPublicAccessExclusion`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcBlockPublicAccessExclusion {
    props: ::forma_core::schema::Props,
}
impl VpcBlockPublicAccessExclusion {
    /// A new resource with its required properties: `InternetGatewayExclusionMode`.
    ///
    /// CloudFormation also needs exactly one of `VpcId` or `SubnetId`.
    #[track_caller]
    pub fn new(
        internet_gateway_exclusion_mode: impl ::forma_core::schema::EnumArg<InternetGatewayExclusionMode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, internet_gateway_exclusion_mode.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the subnet.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the vpc.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcBlockPublicAccessExclusion {
    type Attributes = VpcBlockPublicAccessExclusionAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCBlockPublicAccessExclusion"
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
/// The attributes of a `AWS::EC2::VPCBlockPublicAccessExclusion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcBlockPublicAccessExclusionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcBlockPublicAccessExclusionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcBlockPublicAccessExclusionAttributes {
    /// `Fn::GetAtt` `ExclusionId`.
    pub fn exclusion_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExclusionId")
    }
}

/// The values CloudFormation documents: `allow-bidirectional`, `allow-egress`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetGatewayExclusionMode {
    /// `allow-bidirectional`
    AllowBidirectional,
    /// `allow-egress`
    AllowEgress,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetGatewayExclusionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowBidirectional => "allow-bidirectional",
            Self::AllowEgress => "allow-egress",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["allow-bidirectional", "allow-egress"]
    }
}
impl ::std::convert::From<InternetGatewayExclusionMode> for ::forma_core::Value<InternetGatewayExclusionMode> {
    fn from(v: InternetGatewayExclusionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetGatewayExclusionMode {}

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

/// The schema of `AWS::EC2::VPCBlockPublicAccessExclusion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCBlockPublicAccessExclusion",
    properties: &[
        ::forma_core::schema::Property {
            name: "InternetGatewayExclusionMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["allow-bidirectional", "allow-egress"]),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["VpcId"], &["SubnetId"]])],
    attributes: &["ExclusionId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPCBlockPublicAccessExclusion.Tag",
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
