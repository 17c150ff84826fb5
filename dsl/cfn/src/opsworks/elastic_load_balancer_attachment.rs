// @generated from AWS::OpsWorks::ElasticLoadBalancerAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpsWorks::ElasticLoadBalancerAttachment` and its property types.

/// Resource Type definition for AWS::OpsWorks::ElasticLoadBalancerAttachment
///
/// CloudFormation type `AWS::OpsWorks::ElasticLoadBalancerAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticLoadBalancerAttachment {
    props: ::forma_core::schema::Props,
}
impl ElasticLoadBalancerAttachment {
    /// A new resource with its required properties: `ElasticLoadBalancerName`, `LayerId`.
    #[track_caller]
    pub fn new(
        elastic_load_balancer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        layer_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, elastic_load_balancer_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, layer_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ElasticLoadBalancerAttachment {
    type Attributes = ElasticLoadBalancerAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpsWorks::ElasticLoadBalancerAttachment"
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
/// The attributes of a `AWS::OpsWorks::ElasticLoadBalancerAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ElasticLoadBalancerAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ElasticLoadBalancerAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ElasticLoadBalancerAttachmentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::OpsWorks::ElasticLoadBalancerAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpsWorks::ElasticLoadBalancerAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ElasticLoadBalancerName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LayerId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
