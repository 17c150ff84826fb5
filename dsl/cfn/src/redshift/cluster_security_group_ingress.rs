// @generated from AWS::Redshift::ClusterSecurityGroupIngress (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::ClusterSecurityGroupIngress` and its property types.

/// Resource Type definition for AWS::Redshift::ClusterSecurityGroupIngress
///
/// CloudFormation type `AWS::Redshift::ClusterSecurityGroupIngress`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSecurityGroupIngress {
    props: ::forma_core::schema::Props,
}
impl ClusterSecurityGroupIngress {
    /// A new resource with its required properties: `ClusterSecurityGroupName`.
    #[track_caller]
    pub fn new(
        cluster_security_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, cluster_security_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CIDRIP`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidrip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EC2SecurityGroupName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ec2_security_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EC2SecurityGroupOwnerId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ec2_security_group_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClusterSecurityGroupIngress {
    type Attributes = ClusterSecurityGroupIngressAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::ClusterSecurityGroupIngress"
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
/// The attributes of a `AWS::Redshift::ClusterSecurityGroupIngress` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterSecurityGroupIngressAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterSecurityGroupIngressAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterSecurityGroupIngressAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Redshift::ClusterSecurityGroupIngress`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::ClusterSecurityGroupIngress",
    properties: &[
        ::forma_core::schema::Property {
            name: "CIDRIP",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClusterSecurityGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EC2SecurityGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EC2SecurityGroupOwnerId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
