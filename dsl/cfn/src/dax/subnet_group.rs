// @generated from AWS::DAX::SubnetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DAX::SubnetGroup` and its property types.

/// Resource type definition for AWS::DAX::SubnetGroup
///
/// CloudFormation type `AWS::DAX::SubnetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetGroup {
    props: ::forma_core::schema::Props,
}
impl SubnetGroup {
    /// A new resource with its required properties: `SubnetIds`.
    #[track_caller]
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SubnetGroupName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubnetGroup {
    type Attributes = SubnetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::DAX::SubnetGroup"
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
/// The attributes of a `AWS::DAX::SubnetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubnetGroupAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubnetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::DAX::SubnetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DAX::SubnetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
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
