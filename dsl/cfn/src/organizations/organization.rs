// @generated from AWS::Organizations::Organization (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Organizations::Organization` and its property types.

/// Resource schema for AWS::Organizations::Organization
///
/// CloudFormation type `AWS::Organizations::Organization`.
#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    props: ::forma_core::schema::Props,
}
impl Organization {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the feature set supported by the new organization.
    #[track_caller]
    pub fn feature_set(mut self, value: impl ::forma_core::schema::EnumArg<FeatureSet>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Organization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Organization {
    type Attributes = OrganizationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Organizations::Organization"
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
/// The attributes of a `AWS::Organizations::Organization` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ManagementAccountArn`.
    pub fn management_account_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ManagementAccountArn")
    }
    /// `Fn::GetAtt` `ManagementAccountId`.
    pub fn management_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ManagementAccountId")
    }
    /// `Fn::GetAtt` `ManagementAccountEmail`.
    pub fn management_account_email(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ManagementAccountEmail")
    }
    /// `Fn::GetAtt` `RootId`.
    pub fn root_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RootId")
    }
}

/// The values CloudFormation documents: `ALL`, `CONSOLIDATED_BILLING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureSet {
    /// `ALL`
    All,
    /// `CONSOLIDATED_BILLING`
    ConsolidatedBilling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FeatureSet {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::ConsolidatedBilling => "CONSOLIDATED_BILLING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "CONSOLIDATED_BILLING"]
    }
}
impl ::std::convert::From<FeatureSet> for ::forma_core::Value<FeatureSet> {
    fn from(v: FeatureSet) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FeatureSet {}

/// The schema of `AWS::Organizations::Organization`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Organizations::Organization",
    properties: &[::forma_core::schema::Property {
        name: "FeatureSet",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ALL", "CONSOLIDATED_BILLING"]),
    }],
    rules: &[],
    attributes: &["Id", "Arn", "ManagementAccountArn", "ManagementAccountId", "ManagementAccountEmail", "RootId"],
};
