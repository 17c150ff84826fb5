// @generated from AWS::VpcLattice::ServiceNetworkResourceAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::ServiceNetworkResourceAssociation` and its property types.

/// VpcLattice ServiceNetworkResourceAssociation CFN resource
///
/// CloudFormation type `AWS::VpcLattice::ServiceNetworkResourceAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNetworkResourceAssociation {
    props: ::forma_core::schema::Props,
}
impl ServiceNetworkResourceAssociation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PrivateDnsEnabled`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_dns_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceConfigurationId`.
    ///
    /// Allowed: length 17 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_configuration_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceNetworkId`.
    ///
    /// Allowed: length 3 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_network_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ServiceNetworkResourceAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ServiceNetworkResourceAssociation {
    type Attributes = ServiceNetworkResourceAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::ServiceNetworkResourceAssociation"
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
/// The attributes of a `AWS::VpcLattice::ServiceNetworkResourceAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceNetworkResourceAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceNetworkResourceAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceNetworkResourceAssociationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
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

/// The schema of `AWS::VpcLattice::ServiceNetworkResourceAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::ServiceNetworkResourceAssociation",
properties: &[
::forma_core::schema::Property { name: "PrivateDnsEnabled", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ResourceConfigurationId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^rcfg-[0-9a-z]{17}$"), min_length: Some(17), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ServiceNetworkId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((sn-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetwork/sn-[0-9a-z]{17}))$"), min_length: Some(3), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["Id", "Arn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::ServiceNetworkResourceAssociation.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
