// @generated from AWS::EC2::IPAMResourceDiscoveryAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMResourceDiscoveryAssociation` and its property types.

/// Resource Schema of AWS::EC2::IPAMResourceDiscoveryAssociation Type
///
/// CloudFormation type `AWS::EC2::IPAMResourceDiscoveryAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamResourceDiscoveryAssociation {
    props: ::forma_core::schema::Props,
}
impl IpamResourceDiscoveryAssociation {
    /// A new resource with its required properties: `IpamId`, `IpamResourceDiscoveryId`.
    #[track_caller]
    pub fn new(
        ipam_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ipam_resource_discovery_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ipam_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, ipam_resource_discovery_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamResourceDiscoveryAssociation {
    type Attributes = IpamResourceDiscoveryAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMResourceDiscoveryAssociation"
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
/// The attributes of a `AWS::EC2::IPAMResourceDiscoveryAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamResourceDiscoveryAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamResourceDiscoveryAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamResourceDiscoveryAssociationAttributes {
    /// `Fn::GetAtt` `IpamArn`.
    pub fn ipam_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamArn")
    }
    /// `Fn::GetAtt` `IpamRegion`.
    pub fn ipam_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamRegion")
    }
    /// `Fn::GetAtt` `IpamResourceDiscoveryAssociationId`.
    pub fn ipam_resource_discovery_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamResourceDiscoveryAssociationId")
    }
    /// `Fn::GetAtt` `IpamResourceDiscoveryAssociationArn`.
    pub fn ipam_resource_discovery_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamResourceDiscoveryAssociationArn")
    }
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
    }
    /// `Fn::GetAtt` `ResourceDiscoveryStatus`.
    pub fn resource_discovery_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceDiscoveryStatus")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
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

/// The schema of `AWS::EC2::IPAMResourceDiscoveryAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMResourceDiscoveryAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpamResourceDiscoveryId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &[
        "IpamArn",
        "IpamRegion",
        "IpamResourceDiscoveryAssociationId",
        "IpamResourceDiscoveryAssociationArn",
        "IsDefault",
        "ResourceDiscoveryStatus",
        "State",
        "OwnerId",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMResourceDiscoveryAssociation.Tag",
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
