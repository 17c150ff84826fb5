// @generated from AWS::Notifications::ManagedNotificationAccountContactAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::ManagedNotificationAccountContactAssociation` and its property types.

/// Resource Type definition for ManagedNotificationAccountContactAssociation
///
/// CloudFormation type `AWS::Notifications::ManagedNotificationAccountContactAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedNotificationAccountContactAssociation {
    props: ::forma_core::schema::Props,
}
impl ManagedNotificationAccountContactAssociation {
    /// A new resource with its required properties: `ContactIdentifier`, `ManagedNotificationConfigurationArn`.
    #[track_caller]
    pub fn new(
        contact_identifier: impl ::forma_core::schema::EnumArg<ContactIdentifier>,
        managed_notification_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_identifier.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, managed_notification_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether the account contact association is subscribed to sensitive events.
    #[track_caller]
    pub fn is_sensitive_events_subscribed(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ManagedNotificationAccountContactAssociation {
    type Attributes = ManagedNotificationAccountContactAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::ManagedNotificationAccountContactAssociation"
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
/// The attributes of a `AWS::Notifications::ManagedNotificationAccountContactAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ManagedNotificationAccountContactAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ManagedNotificationAccountContactAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ACCOUNT_PRIMARY`, `ACCOUNT_ALTERNATE_SECURITY`, `ACCOUNT_ALTERNATE_OPERATIONS`, `ACCOUNT_ALTERNATE_BILLING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContactIdentifier {
    /// `ACCOUNT_PRIMARY`
    AccountPrimary,
    /// `ACCOUNT_ALTERNATE_SECURITY`
    AccountAlternateSecurity,
    /// `ACCOUNT_ALTERNATE_OPERATIONS`
    AccountAlternateOperations,
    /// `ACCOUNT_ALTERNATE_BILLING`
    AccountAlternateBilling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContactIdentifier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountPrimary => "ACCOUNT_PRIMARY",
            Self::AccountAlternateSecurity => "ACCOUNT_ALTERNATE_SECURITY",
            Self::AccountAlternateOperations => "ACCOUNT_ALTERNATE_OPERATIONS",
            Self::AccountAlternateBilling => "ACCOUNT_ALTERNATE_BILLING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCOUNT_PRIMARY", "ACCOUNT_ALTERNATE_SECURITY", "ACCOUNT_ALTERNATE_OPERATIONS", "ACCOUNT_ALTERNATE_BILLING"]
    }
}
impl ::std::convert::From<ContactIdentifier> for ::forma_core::Value<ContactIdentifier> {
    fn from(v: ContactIdentifier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContactIdentifier {}

/// The schema of `AWS::Notifications::ManagedNotificationAccountContactAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Notifications::ManagedNotificationAccountContactAssociation",
properties: &[
::forma_core::schema::Property { name: "ContactIdentifier", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["ACCOUNT_PRIMARY", "ACCOUNT_ALTERNATE_SECURITY", "ACCOUNT_ALTERNATE_OPERATIONS", "ACCOUNT_ALTERNATE_BILLING"]) },
::forma_core::schema::Property { name: "IsSensitiveEventsSubscribed", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ManagedNotificationConfigurationArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]{3,10}:notifications::([0-9]{12}|):managed-notification-configuration/category/[a-zA-Z0-9\\-]{3,64}/sub-category/[a-zA-Z0-9\\-]{3,64}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &[],
};
