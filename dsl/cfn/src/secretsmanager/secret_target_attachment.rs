// @generated from AWS::SecretsManager::SecretTargetAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecretsManager::SecretTargetAttachment` and its property types.

/// Resource Type definition for AWS::SecretsManager::SecretTargetAttachment
///
/// CloudFormation type `AWS::SecretsManager::SecretTargetAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretTargetAttachment {
    props: ::forma_core::schema::Props,
}
impl SecretTargetAttachment {
    /// A new resource with its required properties: `SecretId`, `TargetId`, `TargetType`.
    #[track_caller]
    pub fn new(
        secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, secret_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, target_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, target_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SecretTargetAttachment {
    type Attributes = SecretTargetAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecretsManager::SecretTargetAttachment"
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
/// The attributes of a `AWS::SecretsManager::SecretTargetAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecretTargetAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecretTargetAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecretTargetAttachmentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::SecretsManager::SecretTargetAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecretsManager::SecretTargetAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
