// @generated from AWS::Cognito::UserPoolReplica (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolReplica` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolReplica
///
/// CloudFormation type `AWS::Cognito::UserPoolReplica`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolReplica {
    props: ::forma_core::schema::Props,
}
impl UserPoolReplica {
    /// A new resource with its required properties: `RegionName`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        region_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, region_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `UserPoolTagsAtCreate`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_pool_tags_at_create(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolReplica {
    type Attributes = UserPoolReplicaAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolReplica"
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
/// The attributes of a `AWS::Cognito::UserPoolReplica` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolReplicaAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolReplicaAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Cognito::UserPoolReplica`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolReplica",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w-]+_[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(55),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserPoolTagsAtCreate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &[],
};
