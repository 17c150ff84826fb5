// @generated from AWS::OpenSearchServerless::VpcEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::VpcEndpoint` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::VpcEndpoint
///
/// CloudFormation type `AWS::OpenSearchServerless::VpcEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpoint {
    props: ::forma_core::schema::Props,
}
impl VpcEndpoint {
    /// A new resource with its required properties: `Name`, `SubnetIds`, `VpcId`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of one or more security groups to associate with the endpoint network interface
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcEndpoint {
    type Attributes = VpcEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::VpcEndpoint"
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
/// The attributes of a `AWS::OpenSearchServerless::VpcEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcEndpointAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::OpenSearchServerless::VpcEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::VpcEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{2,31}$"),
                min_length: Some(3),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w+\\-]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$"),
                    min_length: Some(1),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-z]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
