// @generated from AWS::NetworkManager::Link (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::Link` and its property types.

/// The AWS::NetworkManager::Link type describes a link.
///
/// CloudFormation type `AWS::NetworkManager::Link`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    props: ::forma_core::schema::Props,
}
impl Link {
    /// A new resource with its required properties: `Bandwidth`, `GlobalNetworkId`, `SiteId`.
    #[track_caller]
    pub fn new(
        bandwidth: impl ::std::convert::Into<::forma_core::Value<Bandwidth>>,
        global_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        site_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bandwidth.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, global_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, site_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the link.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The provider of the link.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn provider(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the link.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the link.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Link {
    type Attributes = LinkAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::Link"
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
/// The attributes of a `AWS::NetworkManager::Link` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LinkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LinkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LinkAttributes {
    /// `Fn::GetAtt` `LinkId`.
    pub fn link_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LinkId")
    }
    /// `Fn::GetAtt` `LinkArn`.
    pub fn link_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LinkArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The bandwidth for the link.
#[derive(Debug, Clone, PartialEq)]
pub struct Bandwidth {
    props: ::forma_core::schema::Props,
}
impl Bandwidth {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Download speed in Mbps.
    pub fn download_speed(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Upload speed in Mbps.
    pub fn upload_speed(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Bandwidth {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Bandwidth> for ::forma_core::Value<Bandwidth> {
    fn from(v: Bandwidth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BANDWIDTH_TYPE.properties))
    }
}

/// A key-value pair to associate with a link resource.
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

/// The schema of `AWS::NetworkManager::Link`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::Link",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bandwidth",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BANDWIDTH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SiteId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["LinkId", "LinkArn", "CreatedAt", "State"],
};

static BANDWIDTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::Link.Bandwidth",
    properties: &[
        ::forma_core::schema::Property {
            name: "DownloadSpeed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UploadSpeed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::Link.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
    ],
    rules: &[],
};
