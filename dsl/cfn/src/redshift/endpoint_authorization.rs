// @generated from AWS::Redshift::EndpointAuthorization (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::EndpointAuthorization` and its property types.

/// Describes an endpoint authorization for authorizing Redshift-managed VPC endpoint access to a cluster across AWS accounts.
///
/// CloudFormation type `AWS::Redshift::EndpointAuthorization`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointAuthorization {
    props: ::forma_core::schema::Props,
}
impl EndpointAuthorization {
    /// A new resource with its required properties: `Account`, `ClusterIdentifier`.
    #[track_caller]
    pub fn new(
        account: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether to force the revoke action.
    #[track_caller]
    pub fn force(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The virtual private cloud (VPC) identifiers to grant or revoke access to.
    #[track_caller]
    pub fn vpc_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EndpointAuthorization {
    type Attributes = EndpointAuthorizationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::EndpointAuthorization"
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
/// The attributes of a `AWS::Redshift::EndpointAuthorization` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAuthorizationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAuthorizationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAuthorizationAttributes {
    /// `Fn::GetAtt` `Grantor`.
    pub fn grantor(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Grantor")
    }
    /// `Fn::GetAtt` `Grantee`.
    pub fn grantee(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Grantee")
    }
    /// `Fn::GetAtt` `AuthorizeTime`.
    pub fn authorize_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AuthorizeTime")
    }
    /// `Fn::GetAtt` `ClusterStatus`.
    pub fn cluster_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterStatus")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `AllowedAllVPCs`.
    pub fn allowed_all_vp_cs(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "AllowedAllVPCs")
    }
    /// `Fn::GetAtt` `AllowedVPCs`.
    pub fn allowed_vp_cs(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AllowedVPCs")
    }
    /// `Fn::GetAtt` `EndpointCount`.
    pub fn endpoint_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "EndpointCount")
    }
}

/// The schema of `AWS::Redshift::EndpointAuthorization`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::EndpointAuthorization",
    properties: &[
        ::forma_core::schema::Property {
            name: "Account",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z][a-z0-9]*(-[a-z0-9]+)*$).{1,63}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Force",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^vpc-[A-Za-z0-9]{1,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Grantor",
        "Grantee",
        "AuthorizeTime",
        "ClusterStatus",
        "Status",
        "AllowedAllVPCs",
        "AllowedVPCs",
        "EndpointCount",
    ],
};
