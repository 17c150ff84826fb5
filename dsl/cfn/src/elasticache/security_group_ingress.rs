// @generated from AWS::ElastiCache::SecurityGroupIngress (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::SecurityGroupIngress` and its property types.

/// Resource Type definition for AWS::ElastiCache::SecurityGroupIngress
///
/// CloudFormation type `AWS::ElastiCache::SecurityGroupIngress`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupIngress {
    props: ::forma_core::schema::Props,
}
impl SecurityGroupIngress {
    /// A new resource with its required properties: `CacheSecurityGroupName`, `EC2SecurityGroupName`.
    #[track_caller]
    pub fn new(
        cache_security_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ec2_security_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cache_security_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, ec2_security_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EC2SecurityGroupOwnerId`.
    #[track_caller]
    pub fn ec2_security_group_owner_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityGroupIngress {
    type Attributes = SecurityGroupIngressAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::SecurityGroupIngress"
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
/// The attributes of a `AWS::ElastiCache::SecurityGroupIngress` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityGroupIngressAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityGroupIngressAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityGroupIngressAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::ElastiCache::SecurityGroupIngress`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::SecurityGroupIngress",
    properties: &[
        ::forma_core::schema::Property {
            name: "CacheSecurityGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EC2SecurityGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EC2SecurityGroupOwnerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
