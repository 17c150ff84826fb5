// @generated from AWS::EC2::LocalGatewayRouteTable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::LocalGatewayRouteTable` and its property types.

/// Resource Type definition for Local Gateway Route Table which describes a route table for a local gateway.
///
/// CloudFormation type `AWS::EC2::LocalGatewayRouteTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGatewayRouteTable {
    props: ::forma_core::schema::Props,
}
impl LocalGatewayRouteTable {
    /// A new resource with its required properties: `LocalGatewayId`.
    #[track_caller]
    pub fn new(local_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, local_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The mode of the local gateway route table.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the local gateway route table.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocalGatewayRouteTable {
    type Attributes = LocalGatewayRouteTableAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::LocalGatewayRouteTable"
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
/// The attributes of a `AWS::EC2::LocalGatewayRouteTable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocalGatewayRouteTableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocalGatewayRouteTableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocalGatewayRouteTableAttributes {
    /// `Fn::GetAtt` `LocalGatewayRouteTableId`.
    pub fn local_gateway_route_table_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayRouteTableId")
    }
    /// `Fn::GetAtt` `LocalGatewayRouteTableArn`.
    pub fn local_gateway_route_table_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocalGatewayRouteTableArn")
    }
    /// `Fn::GetAtt` `OutpostArn`.
    pub fn outpost_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OutpostArn")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `coip`, `direct-vpc-routing`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `coip`
    Coip,
    /// `direct-vpc-routing`
    DirectVpcRouting,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Coip => "coip",
            Self::DirectVpcRouting => "direct-vpc-routing",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["coip", "direct-vpc-routing"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The `Tag` property type of `AWS::EC2::LocalGatewayRouteTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 1 to 255.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::LocalGatewayRouteTable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::LocalGatewayRouteTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalGatewayId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["coip", "direct-vpc-routing"]),
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
    attributes: &["LocalGatewayRouteTableId", "LocalGatewayRouteTableArn", "OutpostArn", "OwnerId", "State"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::LocalGatewayRouteTable.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
