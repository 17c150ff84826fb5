// @generated from AWS::ResilienceHubV2::ServiceFunction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResilienceHubV2::ServiceFunction` and its property types.

/// Creates a service function within a Resilience Hub service.
///
/// CloudFormation type `AWS::ResilienceHubV2::ServiceFunction`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceFunction {
    props: ::forma_core::schema::Props,
}
impl ServiceFunction {
    /// A new resource with its required properties: `Criticality`, `Name`, `ServiceArn`.
    #[track_caller]
    pub fn new(
        criticality: impl ::forma_core::schema::EnumArg<Criticality>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, criticality.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, service_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the service function.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServiceFunction {
    type Attributes = ServiceFunctionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResilienceHubV2::ServiceFunction"
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
/// The attributes of a `AWS::ResilienceHubV2::ServiceFunction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceFunctionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceFunctionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceFunctionAttributes {
    /// `Fn::GetAtt` `ServiceFunctionId`.
    pub fn service_function_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceFunctionId")
    }
    /// `Fn::GetAtt` `ResourceCount`.
    pub fn resource_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ResourceCount")
    }
    /// `Fn::GetAtt` `Source`.
    pub fn source(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Source")
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

/// The values CloudFormation documents: `PRIMARY`, `SUPPLEMENTAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Criticality {
    /// `PRIMARY`
    Primary,
    /// `SUPPLEMENTAL`
    Supplemental,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Criticality {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Supplemental => "SUPPLEMENTAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIMARY", "SUPPLEMENTAL"]
    }
}
impl ::std::convert::From<Criticality> for ::forma_core::Value<Criticality> {
    fn from(v: Criticality) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Criticality {}

/// The schema of `AWS::ResilienceHubV2::ServiceFunction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ResilienceHubV2::ServiceFunction",
properties: &[
::forma_core::schema::Property { name: "Criticality", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PRIMARY", "SUPPLEMENTAL"]) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(500) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ServiceArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &["ServiceFunctionId", "ResourceCount", "Source", "CreatedAt", "UpdatedAt"],
};
