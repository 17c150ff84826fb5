// @generated from AWS::EC2::ClientVpnTargetNetworkAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::ClientVpnTargetNetworkAssociation` and its property types.

/// Resource Type definition for AWS::EC2::ClientVpnTargetNetworkAssociation
///
/// CloudFormation type `AWS::EC2::ClientVpnTargetNetworkAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientVpnTargetNetworkAssociation {
    props: ::forma_core::schema::Props,
}
impl ClientVpnTargetNetworkAssociation {
    /// A new resource with its required properties: `ClientVpnEndpointId`.
    #[track_caller]
    pub fn new(client_vpn_endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, client_vpn_endpoint_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AvailabilityZone`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AvailabilityZoneId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SubnetId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClientVpnTargetNetworkAssociation {
    type Attributes = ClientVpnTargetNetworkAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::ClientVpnTargetNetworkAssociation"
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
/// The attributes of a `AWS::EC2::ClientVpnTargetNetworkAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClientVpnTargetNetworkAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClientVpnTargetNetworkAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClientVpnTargetNetworkAssociationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::ClientVpnTargetNetworkAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::ClientVpnTargetNetworkAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientVpnEndpointId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
