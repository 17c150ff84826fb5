// @generated from AWS::FMS::ApplicationsList (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FMS::ApplicationsList` and its property types.

/// Creates an AWS Firewall Manager applications list.
///
/// CloudFormation type `AWS::FMS::ApplicationsList`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationsList {
    props: ::forma_core::schema::Props,
}
impl ApplicationsList {
    /// A new resource with its required properties: `AppsList`, `ListName`.
    #[track_caller]
    pub fn new(
        apps_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<App>>>,
        list_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, apps_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, list_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to the applications list.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApplicationsList {
    type Attributes = ApplicationsListAttributes;
    fn type_name(&self) -> &str {
        "AWS::FMS::ApplicationsList"
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
/// The attributes of a `AWS::FMS::ApplicationsList` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationsListAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationsListAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationsListAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ListId`.
    pub fn list_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ListId")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `LastUpdateTime`.
    pub fn last_update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdateTime")
    }
}

/// An individual Firewall Manager application.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    props: ::forma_core::schema::Props,
}
impl App {
    /// A new value with its required properties: `AppName`, `Port`, `Protocol`.
    pub fn new(
        app_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_name.into().into_expr());
        props.set(1, port.into().into_expr());
        props.set(2, protocol.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<App> for ::forma_core::Value<App> {
    fn from(v: App) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APP_TYPE.properties))
    }
}

/// A tag to associate with the applications list.
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

/// The schema of `AWS::FMS::ApplicationsList`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FMS::ApplicationsList",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppsList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ListName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ListId", "CreateTime", "LastUpdateTime"],
};

static APP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::ApplicationsList.App",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FMS::ApplicationsList.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
