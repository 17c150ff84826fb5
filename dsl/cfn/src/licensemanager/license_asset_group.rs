// @generated from AWS::LicenseManager::LicenseAssetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::LicenseAssetGroup` and its property types.

/// Resource Type definition for AWS::LicenseManager::LicenseAssetGroup
///
/// CloudFormation type `AWS::LicenseManager::LicenseAssetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseAssetGroup {
    props: ::forma_core::schema::Props,
}
impl LicenseAssetGroup {
    /// A new resource with its required properties: `AssociatedLicenseAssetRulesetARNs`, `LicenseAssetGroupConfigurations`, `Name`.
    #[track_caller]
    pub fn new(
        associated_license_asset_ruleset_ar_ns: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
        license_asset_group_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<LicenseAssetGroupConfiguration>>,
        >,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, associated_license_asset_ruleset_ar_ns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, license_asset_group_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// License asset group description.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// License asset group properties.
    #[track_caller]
    pub fn properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LicenseAssetGroupProperty>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to add to the license asset group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LicenseAssetGroup {
    type Attributes = LicenseAssetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::LicenseAssetGroup"
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
/// The attributes of a `AWS::LicenseManager::LicenseAssetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LicenseAssetGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LicenseAssetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LicenseAssetGroupAttributes {
    /// `Fn::GetAtt` `LicenseAssetGroupArn`.
    pub fn license_asset_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseAssetGroupArn")
    }
}

/// The `LicenseAssetGroupConfiguration` property type of `AWS::LicenseManager::LicenseAssetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseAssetGroupConfiguration {
    props: ::forma_core::schema::Props,
}
impl LicenseAssetGroupConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `UsageDimension`.
    pub fn usage_dimension(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseAssetGroupConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseAssetGroupConfiguration> for ::forma_core::Value<LicenseAssetGroupConfiguration> {
    fn from(v: LicenseAssetGroupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_ASSET_GROUP_CONFIGURATION_TYPE.properties))
    }
}

/// The `LicenseAssetGroupProperty` property type of `AWS::LicenseManager::LicenseAssetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseAssetGroupProperty {
    props: ::forma_core::schema::Props,
}
impl LicenseAssetGroupProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LicenseAssetGroupProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LicenseAssetGroupProperty> for ::forma_core::Value<LicenseAssetGroupProperty> {
    fn from(v: LicenseAssetGroupProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_ASSET_GROUP_PROPERTY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::LicenseManager::LicenseAssetGroup`.
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

/// The schema of `AWS::LicenseManager::LicenseAssetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::LicenseManager::LicenseAssetGroup",
properties: &[
::forma_core::schema::Property { name: "AssociatedLicenseAssetRulesetARNs", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: None, max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "LicenseAssetGroupConfigurations", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&LICENSE_ASSET_GROUP_CONFIGURATION_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Properties", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&LICENSE_ASSET_GROUP_PROPERTY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["LicenseAssetGroupArn"],
};

static LICENSE_ASSET_GROUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "UsageDimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static LICENSE_ASSET_GROUP_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetGroup.LicenseAssetGroupProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::LicenseAssetGroup.Tag",
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
