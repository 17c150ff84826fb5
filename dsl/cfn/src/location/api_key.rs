// @generated from AWS::Location::APIKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Location::APIKey` and its property types.

/// Definition of AWS::Location::APIKey Resource Type
///
/// CloudFormation type `AWS::Location::APIKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKey {
    props: ::forma_core::schema::Props,
}
impl ApiKey {
    /// A new resource with its required properties: `KeyName`, `Restrictions`.
    #[track_caller]
    pub fn new(
        key_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        restrictions: impl ::std::convert::Into<::forma_core::Value<ApiKeyRestrictions>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, key_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, restrictions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The datetime value in ISO 8601 format.
    #[track_caller]
    pub fn expire_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ForceDelete`.
    #[track_caller]
    pub fn force_delete(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ForceUpdate`.
    #[track_caller]
    pub fn force_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NoExpiry`.
    #[track_caller]
    pub fn no_expiry(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiKey {
    type Attributes = ApiKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Location::APIKey"
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
/// The attributes of a `AWS::Location::APIKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiKeyAttributes {
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `KeyArn`.
    pub fn key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KeyArn")
    }
    /// `Fn::GetAtt` `UpdateTime`.
    pub fn update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateTime")
    }
}

/// The `ApiKeyRestrictions` property type of `AWS::Location::APIKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyRestrictions {
    props: ::forma_core::schema::Props,
}
impl ApiKeyRestrictions {
    /// A new value with its required properties: `AllowActions`, `AllowResources`.
    pub fn new(
        allow_actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        allow_resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, allow_actions.into().into_expr());
        props.set(4, allow_resources.into().into_expr());
        Self { props }
    }
    /// `AllowAndroidApps`.
    pub fn allow_android_apps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AndroidApp>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AllowAppleApps`.
    pub fn allow_apple_apps(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppleApp>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `AllowReferers`.
    pub fn allow_referers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApiKeyRestrictions> for ::forma_core::Value<ApiKeyRestrictions> {
    fn from(v: ApiKeyRestrictions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_KEY_RESTRICTIONS_TYPE.properties))
    }
}

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

/// The `AndroidApp` property type of `AWS::Location::APIKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct AndroidApp {
    props: ::forma_core::schema::Props,
}
impl AndroidApp {
    /// A new value with its required properties: `CertificateFingerprint`, `Package`.
    pub fn new(
        certificate_fingerprint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        package: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_fingerprint.into().into_expr());
        props.set(1, package.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AndroidApp> for ::forma_core::Value<AndroidApp> {
    fn from(v: AndroidApp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANDROID_APP_TYPE.properties))
    }
}

/// The `AppleApp` property type of `AWS::Location::APIKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppleApp {
    props: ::forma_core::schema::Props,
}
impl AppleApp {
    /// A new value with its required properties: `BundleId`.
    pub fn new(bundle_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bundle_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AppleApp> for ::forma_core::Value<AppleApp> {
    fn from(v: AppleApp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLE_APP_TYPE.properties))
    }
}

/// The schema of `AWS::Location::APIKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Location::APIKey",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "ExpireTime", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-2]\\d{3})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ForceDelete", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ForceUpdate", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KeyName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[-._\\w]+$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "NoExpiry", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Restrictions", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&API_KEY_RESTRICTIONS_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["CreateTime", "Arn", "KeyArn", "UpdateTime"],
};

static API_KEY_RESTRICTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Location::APIKey.ApiKeyRestrictions",
properties: &[
::forma_core::schema::Property { name: "AllowActions", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(geo|geo-routes|geo-places|geo-maps):\\w*\\*?$"), min_length: Some(5), max_length: Some(200) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(24) }) },
::forma_core::schema::Property { name: "AllowAndroidApps", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ANDROID_APP_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) }) },
::forma_core::schema::Property { name: "AllowAppleApps", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&APPLE_APP_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) }) },
::forma_core::schema::Property { name: "AllowReferers", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([\\w!$&()*+,./:;=?@\\x60-]|%([\\dA-Fa-f]{2}|[\\dA-Fa-f]?\\*))+$"), min_length: None, max_length: Some(253) }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) }) },
::forma_core::schema::Property { name: "AllowResources", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^arn(:[a-z0-9]+([.-][a-z0-9]+)*):geo(:([a-z0-9]+([.-][a-z0-9]+)*))(:[0-9]+):((\\*)|([-a-z]+[/][*-._\\w]+))$)|(^arn(:[a-z0-9]+([.-][a-z0-9]+)*):(geo-routes|geo-places|geo-maps)(:((\\*)|([a-z0-9]+([.-][a-z0-9]+)*)))::((provider[\\/][*-._\\w]+))$)"), min_length: None, max_length: Some(1600) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Location::APIKey.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9 _=@:.+-/]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ANDROID_APP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Location::APIKey.AndroidApp",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateFingerprint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Fa-f0-9]{2}:){19}[A-Fa-f0-9]{2}$"),
                min_length: Some(59),
                max_length: Some(59),
            }),
        },
        ::forma_core::schema::Property {
            name: "Package",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z][A-Za-z\\d_]*\\.)+[A-Za-z][A-Za-z\\d_]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static APPLE_APP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Location::APIKey.AppleApp",
    properties: &[::forma_core::schema::Property {
        name: "BundleId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+$"),
            min_length: Some(1),
            max_length: Some(155),
        }),
    }],
    rules: &[],
};
