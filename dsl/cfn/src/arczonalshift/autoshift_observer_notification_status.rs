// @generated from AWS::ARCZonalShift::AutoshiftObserverNotificationStatus (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ARCZonalShift::AutoshiftObserverNotificationStatus` and its property types.

/// Definition of AWS::ARCZonalShift::AutoshiftObserverNotificationStatus Resource Type
///
/// CloudFormation type `AWS::ARCZonalShift::AutoshiftObserverNotificationStatus`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoshiftObserverNotificationStatus {
    props: ::forma_core::schema::Props,
}
impl AutoshiftObserverNotificationStatus {
    /// A new resource with its required properties: `Status`.
    #[track_caller]
    pub fn new(
        status: impl ::forma_core::schema::EnumArg<AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AutoshiftObserverNotificationStatus {
    type Attributes = AutoshiftObserverNotificationStatusAttributes;
    fn type_name(&self) -> &str {
        "AWS::ARCZonalShift::AutoshiftObserverNotificationStatus"
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
/// The attributes of a `AWS::ARCZonalShift::AutoshiftObserverNotificationStatus` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AutoshiftObserverNotificationStatusAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AutoshiftObserverNotificationStatusAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AutoshiftObserverNotificationStatusAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `Region`.
    pub fn region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Region")
    }
}

/// The values CloudFormation documents: `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus {
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED"]
    }
}
impl ::std::convert::From<AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus>
    for ::forma_core::Value<AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus>
{
    fn from(v: AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoshiftObserverNotificationStatusAutoshiftObserverNotificationStatus {}

/// The schema of `AWS::ARCZonalShift::AutoshiftObserverNotificationStatus`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ARCZonalShift::AutoshiftObserverNotificationStatus",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED"]),
    }],
    rules: &[],
    attributes: &["AccountId", "Region"],
};
