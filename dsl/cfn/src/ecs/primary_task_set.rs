// @generated from AWS::ECS::PrimaryTaskSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::PrimaryTaskSet` and its property types.

/// A pseudo-resource that manages which of your ECS task sets is primary.
///
/// CloudFormation type `AWS::ECS::PrimaryTaskSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryTaskSet {
    props: ::forma_core::schema::Props,
}
impl PrimaryTaskSet {
    /// A new resource with its required properties: `Cluster`, `Service`, `TaskSetId`.
    #[track_caller]
    pub fn new(
        cluster: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        task_set_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, service.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, task_set_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PrimaryTaskSet {
    type Attributes = PrimaryTaskSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::PrimaryTaskSet"
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
/// The attributes of a `AWS::ECS::PrimaryTaskSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PrimaryTaskSetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PrimaryTaskSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::ECS::PrimaryTaskSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::PrimaryTaskSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cluster",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Service",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TaskSetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
