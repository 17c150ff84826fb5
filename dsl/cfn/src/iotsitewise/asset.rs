// @generated from AWS::IoTSiteWise::Asset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Asset` and its property types.

/// Resource schema for AWS::IoTSiteWise::Asset
///
/// CloudFormation type `AWS::IoTSiteWise::Asset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    props: ::forma_core::schema::Props,
}
impl Asset {
    /// A new resource with its required properties: `AssetModelId`, `AssetName`.
    #[track_caller]
    pub fn new(
        asset_model_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        asset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, asset_model_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, asset_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the asset
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn asset_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The External ID of the asset
    ///
    /// Allowed: length 2 to 128.
    #[track_caller]
    pub fn asset_external_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AssetHierarchies`.
    #[track_caller]
    pub fn asset_hierarchies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetHierarchy>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AssetProperties`.
    #[track_caller]
    pub fn asset_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetProperty>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the asset.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Asset {
    type Attributes = AssetAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Asset"
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
/// The attributes of a `AWS::IoTSiteWise::Asset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssetAttributes {
    /// `Fn::GetAtt` `AssetArn`.
    pub fn asset_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssetArn")
    }
    /// `Fn::GetAtt` `AssetId`.
    pub fn asset_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssetId")
    }
    /// `Fn::GetAtt` `AssetProperties.*.Id`.
    pub fn asset_properties_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetProperties.*.Id")
    }
    /// `Fn::GetAtt` `AssetHierarchies.*.Id`.
    pub fn asset_hierarchies_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AssetHierarchies.*.Id")
    }
}

/// A hierarchy specifies allowed parent/child asset relationships.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetHierarchy {
    props: ::forma_core::schema::Props,
}
impl AssetHierarchy {
    /// A new value with its required properties: `ChildAssetId`.
    pub fn new(child_asset_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, child_asset_id.into().into_expr());
        Self { props }
    }
    /// String-friendly customer provided external ID
    ///
    /// Allowed: length 2 to 128.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Customer provided actual UUID for property
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The LogicalID of a hierarchy in the parent asset's model.
    ///
    /// Allowed: length 1 to 256.
    pub fn logical_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetHierarchy> for ::forma_core::Value<AssetHierarchy> {
    fn from(v: AssetHierarchy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_HIERARCHY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<NotificationState> for ::forma_core::Value<NotificationState> {
    fn from(v: NotificationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationState {}

/// The asset property's definition, alias, unit, and notification state.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetProperty {
    props: ::forma_core::schema::Props,
}
impl AssetProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The property alias that identifies the property.
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// String-friendly customer provided external ID
    ///
    /// Allowed: length 2 to 128.
    pub fn external_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Customer provided actual UUID for property
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Customer provided ID for property.
    ///
    /// Allowed: length 1 to 256.
    pub fn logical_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The MQTT notification state (ENABLED or DISABLED) for this asset property.
    pub fn notification_state(mut self, value: impl ::forma_core::schema::EnumArg<NotificationState>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The unit of measure (such as Newtons or RPM) of the asset property.
    pub fn unit(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AssetProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AssetProperty> for ::forma_core::Value<AssetProperty> {
    fn from(v: AssetProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_PROPERTY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTSiteWise::Asset`.
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

/// The schema of `AWS::IoTSiteWise::Asset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::IoTSiteWise::Asset",
properties: &[
::forma_core::schema::Property { name: "AssetDescription", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "AssetExternalId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"), min_length: Some(2), max_length: Some(128) }) },
::forma_core::schema::Property { name: "AssetHierarchies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ASSET_HIERARCHY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "AssetModelId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+$"), min_length: Some(13), max_length: Some(139) }) },
::forma_core::schema::Property { name: "AssetName", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "AssetProperties", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&ASSET_PROPERTY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["AssetArn", "AssetId", "AssetProperties.*.Id", "AssetHierarchies.*.Id"],
};

static ASSET_HIERARCHY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Asset.AssetHierarchy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChildAssetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogicalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\u0000-\\u001F\\u007F]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ASSET_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Asset.AssetProperty",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExternalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+"),
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogicalId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[^\\u0000-\\u001F\\u007F]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Asset.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
