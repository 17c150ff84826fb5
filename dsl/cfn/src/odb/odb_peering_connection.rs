// @generated from AWS::ODB::OdbPeeringConnection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ODB::OdbPeeringConnection` and its property types.

/// Resource Type definition for AWS::ODB::OdbPeeringConnection.
///
/// CloudFormation type `AWS::ODB::OdbPeeringConnection`.
#[derive(Debug, Clone, PartialEq)]
pub struct OdbPeeringConnection {
    props: ::forma_core::schema::Props,
}
impl OdbPeeringConnection {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The additional CIDR blocks for the ODB peering connection.
    #[track_caller]
    pub fn additional_peer_network_cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the ODB peering connection.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the ODB network.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn odb_network_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the peer network.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_network_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the VPC route table for which a route to the ODB network is automatically created during peering connection establishment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn peer_network_route_table_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the Odb peering connection.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for OdbPeeringConnection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for OdbPeeringConnection {
    type Attributes = OdbPeeringConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ODB::OdbPeeringConnection"
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
/// The attributes of a `AWS::ODB::OdbPeeringConnection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OdbPeeringConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OdbPeeringConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OdbPeeringConnectionAttributes {
    /// `Fn::GetAtt` `OdbPeeringConnectionArn`.
    pub fn odb_peering_connection_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OdbPeeringConnectionArn")
    }
    /// `Fn::GetAtt` `OdbPeeringConnectionId`.
    pub fn odb_peering_connection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OdbPeeringConnectionId")
    }
    /// `Fn::GetAtt` `OdbNetworkArn`.
    pub fn odb_network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OdbNetworkArn")
    }
    /// `Fn::GetAtt` `PeerNetworkArn`.
    pub fn peer_network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PeerNetworkArn")
    }
    /// `Fn::GetAtt` `PeerNetworkCidrs`.
    pub fn peer_network_cidrs(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "PeerNetworkCidrs")
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ODB::OdbPeeringConnection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ODB::OdbPeeringConnection",
properties: &[
::forma_core::schema::Property { name: "AdditionalPeerNetworkCidrs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "OdbNetworkId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PeerNetworkId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "PeerNetworkRouteTableIds", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^rtb-[a-z0-9]{8,17}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["OdbPeeringConnectionArn", "OdbPeeringConnectionId", "OdbNetworkArn", "PeerNetworkArn", "PeerNetworkCidrs"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::OdbPeeringConnection.Tag",
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
            required: false,
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
