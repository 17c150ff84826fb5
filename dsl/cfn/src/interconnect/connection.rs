// @generated from AWS::Interconnect::Connection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Interconnect::Connection` and its property types.

/// Resource Type definition for AWS::Interconnect::Connection.
///
/// CloudFormation type `AWS::Interconnect::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    props: ::forma_core::schema::Props,
}
impl Connection {
    /// A new resource with its required properties: `AttachPoint`.
    #[track_caller]
    pub fn new(attach_point: impl ::std::convert::Into<::forma_core::Value<AttachPoint>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, attach_point.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The activation key for accepting a connection proposal from a partner CSP.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn activation_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The bandwidth of the connection (e.g., 50Mbps, 1Gbps).
    ///
    /// Allowed: length 1 to 8.
    #[track_caller]
    pub fn bandwidth(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the connection.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the environment for the connection.
    ///
    /// Allowed: length 1 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The remote account identifier for the connection.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn remote_account(mut self, value: impl ::std::convert::Into<::forma_core::Value<RemoteAccount>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Deprecated.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn remote_owner_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connection {
    type Attributes = ConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Interconnect::Connection"
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
/// The attributes of a `AWS::Interconnect::Connection` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ConnectionId`.
    pub fn connection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Provider`.
    pub fn provider(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Provider")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `SharedId`.
    pub fn shared_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SharedId")
    }
    /// `Fn::GetAtt` `OwnerAccount`.
    pub fn owner_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccount")
    }
    /// `Fn::GetAtt` `BillingTier`.
    pub fn billing_tier(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "BillingTier")
    }
}

/// The logical attachment point in your AWS network where the managed connection will be connected.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachPoint {
    props: ::forma_core::schema::Props,
}
impl AttachPoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the resource to attach to.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the Direct Connect Gateway to attach to.
    pub fn direct_connect_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AttachPoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AttachPoint> for ::forma_core::Value<AttachPoint> {
    fn from(v: AttachPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTACH_POINT_TYPE.properties))
    }
}

/// The remote account identifier for the connection.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteAccount {
    props: ::forma_core::schema::Props,
}
impl RemoteAccount {
    /// A new value with its required properties: `Identifier`.
    pub fn new(identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RemoteAccount> for ::forma_core::Value<RemoteAccount> {
    fn from(v: RemoteAccount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOTE_ACCOUNT_TYPE.properties))
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

/// The schema of `AWS::Interconnect::Connection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Interconnect::Connection",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivationKey",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AttachPoint",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ATTACH_POINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Bandwidth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+[MG]bps$"),
                min_length: Some(1),
                max_length: Some(8),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9_ ]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "RemoteAccount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&REMOTE_ACCOUNT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RemoteOwnerAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9_@\\.]+$"),
                min_length: None,
                max_length: Some(255),
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
    attributes: &["ConnectionId", "Arn", "Provider", "Type", "State", "SharedId", "OwnerAccount", "BillingTier"],
};

static ATTACH_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Interconnect::Connection.AttachPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DirectConnectGateway",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static REMOTE_ACCOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Interconnect::Connection.RemoteAccount",
    properties: &[::forma_core::schema::Property {
        name: "Identifier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[-a-zA-Z0-9_@\\.]+$"),
            min_length: None,
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Interconnect::Connection.Tag",
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
