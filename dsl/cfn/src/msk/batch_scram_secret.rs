// @generated from AWS::MSK::BatchScramSecret (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::BatchScramSecret` and its property types.

/// Resource Type definition for AWS::MSK::BatchScramSecret
///
/// CloudFormation type `AWS::MSK::BatchScramSecret`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchScramSecret {
    props: ::forma_core::schema::Props,
}
impl BatchScramSecret {
    /// A new resource with its required properties: `ClusterArn`.
    #[track_caller]
    pub fn new(cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `SecretArnList`.
    #[track_caller]
    pub fn secret_arn_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BatchScramSecret {
    type Attributes = BatchScramSecretAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::BatchScramSecret"
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
/// The attributes of a `AWS::MSK::BatchScramSecret` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BatchScramSecretAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BatchScramSecretAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::MSK::BatchScramSecret`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::BatchScramSecret",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretArnList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};
