// @generated from AWS::EntityResolution::PolicyStatement (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EntityResolution::PolicyStatement` and its property types.

/// Policy Statement defined in AWS Entity Resolution Service
///
/// CloudFormation type `AWS::EntityResolution::PolicyStatement`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStatement {
    props: ::forma_core::schema::Props,
}
impl PolicyStatement {
    /// A new resource with its required properties: `Arn`, `StatementId`.
    #[track_caller]
    pub fn new(
        arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statement_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, statement_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Action`.
    #[track_caller]
    pub fn action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Condition`.
    ///
    /// Allowed: length 1 to 40960.
    #[track_caller]
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Effect`.
    #[track_caller]
    pub fn effect(mut self, value: impl ::forma_core::schema::EnumArg<StatementEffect>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Principal`.
    #[track_caller]
    pub fn principal(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PolicyStatement {
    type Attributes = PolicyStatementAttributes;
    fn type_name(&self) -> &str {
        "AWS::EntityResolution::PolicyStatement"
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
/// The attributes of a `AWS::EntityResolution::PolicyStatement` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyStatementAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyStatementAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Allow`, `Deny`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatementEffect {
    /// `Allow`
    Allow,
    /// `Deny`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StatementEffect {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "Allow",
            Self::Deny => "Deny",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Allow", "Deny"]
    }
}
impl ::std::convert::From<StatementEffect> for ::forma_core::Value<StatementEffect> {
    fn from(v: StatementEffect) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StatementEffect {}

/// The schema of `AWS::EntityResolution::PolicyStatement`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EntityResolution::PolicyStatement",
properties: &[
::forma_core::schema::Property { name: "Action", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(entityresolution:[a-zA-Z0-9]+)$"), min_length: Some(3), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "Arn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:((schemamapping|matchingworkflow|idmappingworkflow|idnamespace)/[a-zA-Z_0-9-]{1,255})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Condition", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(40960) }) },
::forma_core::schema::Property { name: "Effect", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Allow", "Deny"]) },
::forma_core::schema::Property { name: "Principal", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\\\d{12})|([a-z0-9\\\\.]+)$"), min_length: Some(12), max_length: Some(64) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "StatementId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9A-Za-z]+$"), min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
attributes: &[],
};
