// @generated from AWS::ApiGateway::BasePathMappingV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::BasePathMappingV2` and its property types.

/// Resource Type definition for AWS::ApiGateway::BasePathMappingV2
///
/// CloudFormation type `AWS::ApiGateway::BasePathMappingV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasePathMappingV2 {
    props: ::forma_core::schema::Props,
}
impl BasePathMappingV2 {
    /// A new resource with its required properties: `DomainNameArn`, `RestApiId`.
    #[track_caller]
    pub fn new(
        domain_name_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, domain_name_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The base path name that callers of the API must provide in the URL after the domain name.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn base_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the API's stage.
    #[track_caller]
    pub fn stage(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BasePathMappingV2 {
    type Attributes = BasePathMappingV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::BasePathMappingV2"
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
/// The attributes of a `AWS::ApiGateway::BasePathMappingV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BasePathMappingV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BasePathMappingV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BasePathMappingV2Attributes {
    /// `Fn::GetAtt` `BasePathMappingArn`.
    pub fn base_path_mapping_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BasePathMappingArn")
    }
}

/// The schema of `AWS::ApiGateway::BasePathMappingV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::BasePathMappingV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "BasePath",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainNameArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestApiId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Stage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["BasePathMappingArn"],
};
