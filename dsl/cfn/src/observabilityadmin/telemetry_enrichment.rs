// @generated from AWS::ObservabilityAdmin::TelemetryEnrichment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ObservabilityAdmin::TelemetryEnrichment` and its property types.

/// AWS::ObservabilityAdmin::TelemetryEnrichment cloudformation resource enables the resource tags for telemetry feature in CloudWatch to enrich infrastructure metrics with AWS resource tags.
///
/// CloudFormation type `AWS::ObservabilityAdmin::TelemetryEnrichment`.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryEnrichment {
    props: ::forma_core::schema::Props,
}
impl TelemetryEnrichment {
    /// A new resource with its required properties: `Scope`.
    #[track_caller]
    pub fn new(scope: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, scope.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TelemetryEnrichment {
    type Attributes = TelemetryEnrichmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::ObservabilityAdmin::TelemetryEnrichment"
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
/// The attributes of a `AWS::ObservabilityAdmin::TelemetryEnrichment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TelemetryEnrichmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TelemetryEnrichmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TelemetryEnrichmentAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `ACCOUNT`
    Account,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The schema of `AWS::ObservabilityAdmin::TelemetryEnrichment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ObservabilityAdmin::TelemetryEnrichment",
    properties: &[::forma_core::schema::Property {
        name: "Scope",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT"]),
    }],
    rules: &[],
    attributes: &["Status"],
};
