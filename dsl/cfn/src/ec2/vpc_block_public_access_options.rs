// @generated from AWS::EC2::VPCBlockPublicAccessOptions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCBlockPublicAccessOptions` and its property types.

/// Resource Type definition for AWS::EC2::VPCBlockPublicAccessOptions
///
/// CloudFormation type `AWS::EC2::VPCBlockPublicAccessOptions`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcBlockPublicAccessOptions {
    props: ::forma_core::schema::Props,
}
impl VpcBlockPublicAccessOptions {
    /// A new resource with its required properties: `InternetGatewayBlockMode`.
    #[track_caller]
    pub fn new(internet_gateway_block_mode: impl ::forma_core::schema::EnumArg<InternetGatewayBlockMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, internet_gateway_block_mode.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for VpcBlockPublicAccessOptions {
    type Attributes = VpcBlockPublicAccessOptionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCBlockPublicAccessOptions"
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
/// The attributes of a `AWS::EC2::VPCBlockPublicAccessOptions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcBlockPublicAccessOptionsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcBlockPublicAccessOptionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcBlockPublicAccessOptionsAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `ExclusionsAllowed`.
    pub fn exclusions_allowed(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExclusionsAllowed")
    }
}

/// The values CloudFormation documents: `block-bidirectional`, `block-ingress`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetGatewayBlockMode {
    /// `block-bidirectional`
    BlockBidirectional,
    /// `block-ingress`
    BlockIngress,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetGatewayBlockMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlockBidirectional => "block-bidirectional",
            Self::BlockIngress => "block-ingress",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["block-bidirectional", "block-ingress"]
    }
}
impl ::std::convert::From<InternetGatewayBlockMode> for ::forma_core::Value<InternetGatewayBlockMode> {
    fn from(v: InternetGatewayBlockMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetGatewayBlockMode {}

/// The schema of `AWS::EC2::VPCBlockPublicAccessOptions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCBlockPublicAccessOptions",
    properties: &[::forma_core::schema::Property {
        name: "InternetGatewayBlockMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["block-bidirectional", "block-ingress"]),
    }],
    rules: &[],
    attributes: &["AccountId", "ExclusionsAllowed"],
};
