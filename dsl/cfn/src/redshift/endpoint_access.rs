// @generated from AWS::Redshift::EndpointAccess (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::EndpointAccess` and its property types.

/// Resource schema for a Redshift-managed VPC endpoint.
///
/// CloudFormation type `AWS::Redshift::EndpointAccess`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointAccess {
    props: ::forma_core::schema::Props,
}
impl EndpointAccess {
    /// A new resource with its required properties: `ClusterIdentifier`, `EndpointName`, `SubnetGroupName`, `VpcSecurityGroupIds`.
    #[track_caller]
    pub fn new(
        cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, subnet_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, vpc_security_group_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The AWS account ID of the owner of the cluster.
    ///
    /// Allowed: length 0 to 2147483647.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EndpointAccess {
    type Attributes = EndpointAccessAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::EndpointAccess"
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
/// The attributes of a `AWS::Redshift::EndpointAccess` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAccessAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAccessAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAccessAttributes {
    /// `Fn::GetAtt` `Address`.
    pub fn address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Address")
    }
    /// `Fn::GetAtt` `EndpointStatus`.
    pub fn endpoint_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointStatus")
    }
    /// `Fn::GetAtt` `EndpointCreateTime`.
    pub fn endpoint_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointCreateTime")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `VpcSecurityGroups`.
    pub fn vpc_security_groups(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcSecurityGroups")
    }
    /// `Fn::GetAtt` `VpcSecurityGroups.*.VpcSecurityGroupId`.
    pub fn vpc_security_groups_vpc_security_group_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcSecurityGroups.*.VpcSecurityGroupId")
    }
    /// `Fn::GetAtt` `VpcSecurityGroups.*.Status`.
    pub fn vpc_security_groups_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcSecurityGroups.*.Status")
    }
    /// `Fn::GetAtt` `VpcEndpoint`.
    pub fn vpc_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint")
    }
    /// `Fn::GetAtt` `VpcEndpoint.VpcEndpointId`.
    pub fn vpc_endpoint_vpc_endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.VpcEndpointId")
    }
    /// `Fn::GetAtt` `VpcEndpoint.VpcId`.
    pub fn vpc_endpoint_vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.VpcId")
    }
    /// `Fn::GetAtt` `VpcEndpoint.NetworkInterfaces.*.NetworkInterfaceId`.
    pub fn vpc_endpoint_network_interfaces_network_interface_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.NetworkInterfaces.*.NetworkInterfaceId")
    }
    /// `Fn::GetAtt` `VpcEndpoint.NetworkInterfaces.*.PrivateIpAddress`.
    pub fn vpc_endpoint_network_interfaces_private_ip_address(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.NetworkInterfaces.*.PrivateIpAddress")
    }
    /// `Fn::GetAtt` `VpcEndpoint.NetworkInterfaces.*.SubnetId`.
    pub fn vpc_endpoint_network_interfaces_subnet_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.NetworkInterfaces.*.SubnetId")
    }
    /// `Fn::GetAtt` `VpcEndpoint.NetworkInterfaces.*.AvailabilityZone`.
    pub fn vpc_endpoint_network_interfaces_availability_zone(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoint.NetworkInterfaces.*.AvailabilityZone")
    }
}

/// The schema of `AWS::Redshift::EndpointAccess`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::EndpointAccess",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,30}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceOwner",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}$"),
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-zA-Z0-9-]+$).{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Address",
        "EndpointStatus",
        "EndpointCreateTime",
        "Port",
        "VpcSecurityGroups",
        "VpcSecurityGroups.*.VpcSecurityGroupId",
        "VpcSecurityGroups.*.Status",
        "VpcEndpoint",
        "VpcEndpoint.VpcEndpointId",
        "VpcEndpoint.VpcId",
        "VpcEndpoint.NetworkInterfaces.*.NetworkInterfaceId",
        "VpcEndpoint.NetworkInterfaces.*.PrivateIpAddress",
        "VpcEndpoint.NetworkInterfaces.*.SubnetId",
        "VpcEndpoint.NetworkInterfaces.*.AvailabilityZone",
    ],
};
