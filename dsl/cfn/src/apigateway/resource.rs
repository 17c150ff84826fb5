// @generated from AWS::ApiGateway::Resource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::Resource` and its property types.

/// The `AWS::ApiGateway::Resource` resource creates a resource in an API.
///
/// CloudFormation type `AWS::ApiGateway::Resource`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    props: ::forma_core::schema::Props,
}
impl Resource {
    /// A new resource with its required properties: `ParentId`, `PathPart`, `RestApiId`.
    #[track_caller]
    pub fn new(
        parent_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        path_part: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, parent_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, path_part.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Resource {
    type Attributes = ResourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::Resource"
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
/// The attributes of a `AWS::ApiGateway::Resource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceAttributes {
    /// `Fn::GetAtt` `ResourceId`.
    pub fn resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceId")
    }
}

/// The schema of `AWS::ApiGateway::Resource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::Resource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PathPart",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ResourceId"],
};
