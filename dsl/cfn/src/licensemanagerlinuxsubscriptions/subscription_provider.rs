// @generated from AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider` and its property types.

/// Resource Type definition for AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider.
///
/// CloudFormation type `AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionProvider {
    props: ::forma_core::schema::Props,
}
impl SubscriptionProvider {
    /// A new resource with its required properties: `SecretArn`, `SubscriptionProviderSource`.
    #[track_caller]
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subscription_provider_source: impl ::forma_core::schema::EnumArg<SubscriptionProviderSource>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, secret_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, subscription_provider_source.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The metadata tags assigned to the registered subscription provider.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubscriptionProvider {
    type Attributes = SubscriptionProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider"
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
/// The attributes of a `AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriptionProviderAttributes {
    /// `Fn::GetAtt` `SubscriptionProviderArn`.
    pub fn subscription_provider_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriptionProviderArn")
    }
    /// `Fn::GetAtt` `SubscriptionProviderStatus`.
    pub fn subscription_provider_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriptionProviderStatus")
    }
    /// `Fn::GetAtt` `SubscriptionProviderStatusMessage`.
    pub fn subscription_provider_status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscriptionProviderStatusMessage")
    }
    /// `Fn::GetAtt` `LastSuccessfulDataRetrievalTime`.
    pub fn last_successful_data_retrieval_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastSuccessfulDataRetrievalTime")
    }
}

/// The values CloudFormation documents: `RedHat`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubscriptionProviderSource {
    /// `RedHat`
    RedHat,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SubscriptionProviderSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RedHat => "RedHat",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RedHat"]
    }
}
impl ::std::convert::From<SubscriptionProviderSource> for ::forma_core::Value<SubscriptionProviderSource> {
    fn from(v: SubscriptionProviderSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SubscriptionProviderSource {}

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

/// The schema of `AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:secretsmanager:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:secret:[^/]{1,1023}$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionProviderSource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RedHat"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "SubscriptionProviderArn",
        "SubscriptionProviderStatus",
        "SubscriptionProviderStatusMessage",
        "LastSuccessfulDataRetrievalTime",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManagerLinuxSubscriptions::SubscriptionProvider.Tag",
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
