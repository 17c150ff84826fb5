// @generated from AWS::NetworkManager::Connection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::Connection` and its property types.

/// Resource Type definition for AWS::NetworkManager::Connection.
///
/// CloudFormation type `AWS::NetworkManager::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    props: ::forma_core::schema::Props,
}
impl Connection {
    /// A new resource with its required properties: `ConnectedDeviceId`, `DeviceId`, `GlobalNetworkId`.
    #[track_caller]
    pub fn new(
        connected_device_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        device_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        global_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connected_device_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, device_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, global_network_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the link for the second device.
    ///
    /// Allowed: length 1 to 50.
    #[track_caller]
    pub fn connected_link_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the connection.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the link for the first device.
    ///
    /// Allowed: length 1 to 50.
    #[track_caller]
    pub fn link_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the connection.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connection {
    type Attributes = ConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::Connection"
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
/// The attributes of a `AWS::NetworkManager::Connection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectionAttributes {
    /// `Fn::GetAtt` `ConnectionArn`.
    pub fn connection_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionArn")
    }
    /// `Fn::GetAtt` `ConnectionId`.
    pub fn connection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionId")
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

/// A key-value pair to associate with the connection.
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

/// The schema of `AWS::NetworkManager::Connection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::Connection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectedDeviceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^device-[a-z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectedLinkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^link-[a-z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeviceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^device-[a-z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^global-network-[a-z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "LinkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^link-[a-z0-9-]*$"),
                min_length: Some(1),
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
    ],
    rules: &[],
    attributes: &["ConnectionArn", "ConnectionId", "CreatedAt", "State"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::Connection.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!-~]([ -~]*[!-~])?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!-~]([ -~]*[!-~])?$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
