// @generated from AWS::CertificateManager::Account (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CertificateManager::Account` and its property types.

/// Resource schema for AWS::CertificateManager::Account.
///
/// CloudFormation type `AWS::CertificateManager::Account`.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    props: ::forma_core::schema::Props,
}
impl Account {
    /// A new resource with its required properties: `ExpiryEventsConfiguration`.
    #[track_caller]
    pub fn new(
        expiry_events_configuration: impl ::std::convert::Into<::forma_core::Value<ExpiryEventsConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, expiry_events_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Account {
    type Attributes = AccountAttributes;
    fn type_name(&self) -> &str {
        "AWS::CertificateManager::Account"
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
/// The attributes of a `AWS::CertificateManager::Account` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccountAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The `ExpiryEventsConfiguration` property type of `AWS::CertificateManager::Account`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpiryEventsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExpiryEventsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DaysBeforeExpiry`.
    ///
    /// Allowed: 1 to 45.
    pub fn days_before_expiry(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExpiryEventsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExpiryEventsConfiguration> for ::forma_core::Value<ExpiryEventsConfiguration> {
    fn from(v: ExpiryEventsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPIRY_EVENTS_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::CertificateManager::Account`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CertificateManager::Account",
    properties: &[::forma_core::schema::Property {
        name: "ExpiryEventsConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EXPIRY_EVENTS_CONFIGURATION_TYPE),
    }],
    rules: &[],
    attributes: &["AccountId"],
};

static EXPIRY_EVENTS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CertificateManager::Account.ExpiryEventsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DaysBeforeExpiry",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(45.0),
        }),
    }],
    rules: &[],
};
